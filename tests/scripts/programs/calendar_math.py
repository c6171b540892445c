# Date arithmetic by hand: leap years, day of week, month calendar.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def day_of_week(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7
NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
for y, m, d in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(f"{y:04}-{m:02}-{d:02}", NAMES[day_of_week(y, m, d)])
print(list(filter(is_leap, range(1896, 1920))))
def month_calendar(y, m):
    lines = [f"{y} {m:02}".center(20), " ".join(map(lambda n: n[:2], NAMES))]
    first = day_of_week(y, m, 1)
    cells = ["  "] * first
    for d in range(1, days_in_month(y, m) + 1):
        cells.append(str(d).rjust(2))
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
total = 0
for y in range(1901, 2001):
    for m in range(1, 13):
        if day_of_week(y, m, 1) == 0:
            total += 1
print("Sundays on the first of a month in the 20th century:", total)
