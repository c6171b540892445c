print("before")
yield 1
