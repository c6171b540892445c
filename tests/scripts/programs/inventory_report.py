# Inventory processing: parse CSV-like text, aggregate, format a report.
raw = """sku,name,category,qty,price
A100,Widget,tools,12,2.50
A101,Gadget,tools,0,10.00
B200,Apple,food,150,0.30
B201,Bread,food,20,2.25
C300,Novel,books,7,12.99
C301,Atlas,books,,45.00
B202,Cheese,food,5,7.80
"""
lines = raw.strip().splitlines()
header = lines[0].split(",")
items = []
problems = []
for lineno, line in enumerate(lines[1:], 2):
    fields = dict(zip(header, line.split(",")))
    try:
        fields["qty"] = int(fields["qty"])
        fields["price"] = float(fields["price"])
    except ValueError as e:
        problems.append(f"line {lineno}: {e}")
        continue
    items.append(fields)
by_category = {}
for item in items:
    cat = by_category.setdefault(item["category"], {"count": 0, "value": 0.0, "names": []})
    cat["count"] += item["qty"]
    cat["value"] += item["qty"] * item["price"]
    cat["names"].append(item["name"])
print(f"{'category':<10}{'units':>7}{'value':>10}  items")
for name in sorted(by_category):
    c = by_category[name]
    print(f"{name:<10}{c['count']:>7}{c['value']:>10.2f}  {', '.join(sorted(c['names']))}")
total = sum(map(lambda c: c["value"], by_category.values()))
print(f"{'total':<10}{'':>7}{total:>10.2f}")
out_of_stock = list(map(lambda i: i["sku"], filter(lambda i: i["qty"] == 0, items)))
print("out of stock:", out_of_stock)
for p in problems:
    print("skipped", p)
