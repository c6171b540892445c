-- Integer while/for loops with arithmetic (twin of loop.py).
local function run()
  local total = 0
  local i = 0
  while i < 12000000 do
    total = (total + i * 7) % 1000003
    i = i + 1
  end
  for j = 0, 12000000 - 1 do
    if j & 1 == 1 then
      total = total + j // 3
    else
      total = total - j % 11
    end
  end
  return total
end
print(run())
