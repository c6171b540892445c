-- Recursive calls: naive Fibonacci (twin of fib.py).
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
local REPEAT = 10
local result = 0
for _ = 1, REPEAT do result = fib(30) end
print(result)
