# A small inventory system: namedtuple records, Counter statistics, an
# lru_cache'd price lookup, deepcopy'd snapshots with rollback, and a deque of
# recent events.
import copy
from collections import namedtuple, Counter, defaultdict, OrderedDict, deque
from functools import lru_cache, reduce, total_ordering, partial
from operator import attrgetter, itemgetter, mul

Item = namedtuple('Item', 'sku name category qty', defaults=[0])
Sale = namedtuple('Sale', ['sku', 'qty', 'day'])

BASE_PRICES = {'A1': 250, 'A2': 120, 'B1': 999, 'B2': 45, 'C1': 5}
lookups = []


@lru_cache(maxsize=4)
def unit_price(sku, discount_pct=0):
    """Price in cents, after a percentage discount (cached)."""
    lookups.append(sku)
    base = BASE_PRICES[sku]
    return base - base * discount_pct // 100


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __repr__(self):
        return '$%d.%02d' % divmod(self.cents, 100)


class Inventory:
    def __init__(self):
        self.items = OrderedDict()
        self.events = deque(maxlen=5)
        self.by_category = defaultdict(list)

    def add(self, item):
        self.items[item.sku] = item
        self.by_category[item.category].append(item.sku)
        self.events.append(('add', item.sku))

    def restock(self, sku, qty):
        item = self.items[sku]
        self.items[sku] = item._replace(qty=item.qty + qty)
        self.items.move_to_end(sku)
        self.events.append(('restock', sku))

    def sell(self, sale):
        item = self.items[sale.sku]
        if sale.qty > item.qty:
            raise ValueError('not enough %s: have %d, want %d' % (item.name, item.qty, sale.qty))
        self.items[sale.sku] = item._replace(qty=item.qty - sale.qty)
        self.events.append(('sell', sale.sku))
        return Money(unit_price(sale.sku, 10 if sale.qty >= 5 else 0) * sale.qty)

    def value(self):
        return reduce(lambda acc, it: acc + Money(unit_price(it.sku) * it.qty), self.items.values(), Money(0))


inv = Inventory()
for row in [('A1', 'widget', 'tools', 10), ('A2', 'gadget', 'tools', 4), ('B1', 'laptop', 'electronics', 2),
            ('B2', 'cable', 'electronics', 30), ('C1', 'sticker', 'misc')]:
    inv.add(Item(*row))
print(list(inv.items.values())[-1])
print(dict(inv.by_category))
print('stock value', inv.value())

snapshot = copy.deepcopy(inv)
sales = [Sale('A1', 3, 1), Sale('B2', 12, 1), Sale('A1', 5, 2), Sale('C1', 1, 2), Sale('B2', 6, 3),
         Sale('B1', 1, 3), Sale('A2', 9, 3)]
revenue = Counter()
units = Counter()
per_day = defaultdict(lambda: Money(0))
for sale in sales:
    try:
        amount = inv.sell(sale)
    except ValueError as e:
        print('rejected:', e)
        continue
    revenue[sale.sku] += amount.cents
    units[inv.items[sale.sku].category] += sale.qty
    per_day[sale.day] = per_day[sale.day] + amount

print('revenue by sku', revenue.most_common())
print('top seller', revenue.most_common(1)[0][0], 'units by category', units)
print('per day', sorted(per_day.items()), 'best day', max(per_day.items(), key=itemgetter(1))[0])
print('total revenue', reduce(lambda a, b: a + b, per_day.values()), Money(revenue.total()))
print('price cache', unit_price.cache_info(), 'lookups', lookups)
print('recent events', list(inv.events))

inv.restock('A2', 3)
inv.restock('C1', 100)
print('order after restock', list(inv.items))
low = sorted([it for it in inv.items.values() if it.qty < 5], key=attrgetter('qty', 'sku'))
print('low stock', [(it.name, it.qty) for it in low])
print('current value', inv.value(), 'snapshot value', snapshot.value())
print('snapshot untouched', snapshot.items['A1'], snapshot.events, snapshot.by_category is not inv.by_category)

# Roll back to the snapshot and compare.
changed = Counter({sku: inv.items[sku].qty for sku in inv.items}) - Counter(
    {sku: snapshot.items[sku].qty for sku in snapshot.items})
lost = Counter({sku: snapshot.items[sku].qty for sku in snapshot.items}) - Counter(
    {sku: inv.items[sku].qty for sku in inv.items})
print('gained', changed, 'sold', lost, 'sold units', sum(lost.values()))
inv = copy.deepcopy(snapshot)
print('rolled back', inv.value() == snapshot.value(), inv.items == snapshot.items, inv.items is not snapshot.items)
volume = partial(reduce, mul)
print('box volume', volume([2, 3, 4]), volume([5], 10))
print(sorted([Money(300), Money(5), Money(120)]), Money(5) <= Money(5), Money(7) > Money(3))
