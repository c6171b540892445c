# Lists as stacks and queues, copying, identity, aliasing and nested mutation.
stack = []
for x in "abc":
    stack.append(x)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
a = [[0] * 3, [0] * 3]
a[0][0] = 1
print(a)
b = a[:]
b[1][1] = 5
b.append("new")
print(a, b)
c = list(a)
print(c == a, c is a, c[0] is a[0])
big = list(range(100000))
print(len(big), big[-1], sum(big[::1000]), big.index(99999), big.count(5))
del big[::2]
print(len(big), big[:3])
e = [3, 1, 2]
f = e
f += [0]
f.sort()
print(e, e is f)
print([] * 5, [None] * 0, [1, 2] * 0)
