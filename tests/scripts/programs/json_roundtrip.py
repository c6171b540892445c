# A library catalogue: build nested data, serialize it with json.dumps
# (indent, sort_keys), parse it back with json.loads, check the round trip,
# then report on the parsed data.
import json
from itertools import groupby


def make_catalogue():
    authors = [
        {'id': 1, 'name': 'Ada Lovelace', 'born': 1815, 'tags': ['math', 'computing']},
        {'id': 2, 'name': 'Émilie du Châtelet', 'born': 1706, 'tags': ['physics']},
        {'id': 3, 'name': 'Hypatia', 'born': None, 'tags': []},
    ]
    books = []
    seed = 42
    for n in range(1, 13):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        books.append({
            'isbn': '978-%06d' % (seed % 1000000),
            'title': 'Volume %d: %s' % (n, ['Notes', 'Letters', 'Lectures', 'Essays'][n % 4]),
            'author': authors[n % 3]['id'],
            'year': 1800 + seed % 200,
            'price': round(5 + (seed % 4000) / 100, 2),
            'in_stock': seed % 3 != 0,
            'ratings': [(seed >> k) % 5 + 1 for k in range(n % 4)],
            'meta': {'pages': 100 + seed % 500, 'quote': 'He said "hi"\tthen left\n'} if n % 5 else None,
        })
    return {
        'library': 'Spindle Public Library',
        'version': 3,
        'open': True,
        'ratio': 0.1 + 0.2,
        'authors': authors,
        'books': books,
        'stats': {'visitors': [120, 98, 143], 'temperature': -3.5, 'empty': {}, 'none': []},
    }


catalogue = make_catalogue()
text = json.dumps(catalogue, indent=2, sort_keys=True)
print(text[:600])
print('...')
print('characters:', len(text), 'lines:', text.count('\n') + 1)

parsed = json.loads(text)
print('round trip equal:', parsed == catalogue)
compact = json.dumps(catalogue, separators=(',', ':'), ensure_ascii=False)
print('compact characters:', len(compact), json.loads(compact) == catalogue)
print('sorted text stable:', json.dumps(parsed, indent=2, sort_keys=True) == text)

# Report from the parsed data.
by_id = {a['id']: a for a in parsed['authors']}
books = sorted(parsed['books'], key=lambda b: (b['author'], b['year']))
print()
print('%-22s %-28s %5s %8s %s' % ('author', 'title', 'year', 'price', 'rating'))
total = 0.0
for author_id, group in groupby(books, key=lambda b: b['author']):
    group = list(group)
    name = by_id[author_id]['name']
    for book in group:
        ratings = book['ratings']
        rating = '%.2f' % (sum(ratings) / len(ratings)) if ratings else '-'
        stock = '' if book['in_stock'] else ' (out)'
        print('%-22s %-28s %5d %8.2f %s%s' % (name, book['title'], book['year'], book['price'],
                                              rating, stock))
        name = ''
        total += book['price']
    subtotal = sum([b['price'] for b in group])
    print('%-22s %-28s %5s %8.2f' % ('', 'subtotal (%d books)' % len(group), '', subtotal))
print('%-22s %-28s %5s %8.2f' % ('', 'total', '', total))

quotes = [b['meta']['quote'] for b in parsed['books'] if b['meta']]
print(len(quotes), json.dumps(quotes[0]), repr(quotes[0]))
print(json.dumps(parsed['authors'][1]))
print(json.dumps(parsed['authors'][1], ensure_ascii=False))
print(json.dumps(parsed['stats'], sort_keys=True))


# A custom encoder and object hook for a type that JSON does not know.
class Loan:
    def __init__(self, isbn, days):
        self.isbn, self.days = isbn, days

    def __repr__(self):
        return 'Loan(%r, %d)' % (self.isbn, self.days)


class LoanEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Loan):
            return {'__loan__': True, 'isbn': o.isbn, 'days': o.days}
        return super().default(o)


def as_loan(d):
    return Loan(d['isbn'], d['days']) if d.get('__loan__') else d


loans = {'alice': [Loan(parsed['books'][0]['isbn'], 14)], 'bob': []}
loan_text = json.dumps(loans, cls=LoanEncoder, sort_keys=True)
print(loan_text)
print(json.loads(loan_text, object_hook=as_loan))
