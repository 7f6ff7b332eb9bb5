"""Independent check of the UNODC "Drug seizures, 2018-2022" export, for unodc-profile.test.ts.

Reads the sheet XML straight out of the ZIP with Python's standard library (no spreadsheet
library), takes every number as the text stored in its <v> element, and adds with the decimal
module at 60 significant digits, which is exact for these figures. Prints the facts and totals the
test holds as constants. Run: python3 unodc_totals.py [path-to-xlsx]
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 60
NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
PATH = sys.argv[1] if len(sys.argv) > 1 else '../../../../../../shared/data/unodc/drug_seizures_2018_2022.xlsx'


def excel15(text):
    """The value rounded half-up to 15 significant digits, as Excel shows it."""
    d = Decimal(text)
    return d if d == 0 else d.quantize(Decimal(1).scaleb(d.adjusted() - 14), rounding=ROUND_HALF_UP)


book = zipfile.ZipFile(PATH)
strings = [''.join(t.text or '' for t in si.iter(NS + 't'))
           for si in ET.fromstring(book.read('xl/sharedStrings.xml')).iter(NS + 'si')]
rows = []
for row in ET.fromstring(book.read('xl/worksheets/sheet1.xml')).iter(NS + 'row'):
    cells = {}
    for c in row.iter(NS + 'c'):
        v = c.find(NS + 'v')
        if v is not None:
            column = re.match(r'[A-Z]+', c.get('r')).group(0)
            cells[column] = strings[int(v.text)] if c.get('t') == 's' else v.text
    if int(row.get('r')) >= 3:
        rows.append(cells)

stored, shown = defaultdict(Decimal), defaultdict(Decimal)
keys = Counter(tuple(r.get(k, '') for k in 'IGDEF') for r in rows)
copies = Counter(tuple(r.get(k, '') for k in 'ABCDEFGHI') for r in rows)
for r in rows:
    if 'H' in r:
        stored[(r['I'], r['G'])] += Decimal(r['H'])
        shown[(r['I'], r['G'])] += excel15(r['H'])
print('data rows', len(rows), '| countries', len({r['I'] for r in rows}), '| years', sorted({r['G'] for r in rows}))
print('blank Kilograms', sum('H' not in r for r in rows),
      '| more than 15 significant digits', sum('H' in r and len(Decimal(r['H']).normalize().as_tuple().digits) > 15 for r in rows))
print('repeated keys', sum(n > 1 for n in keys.values()), 'covering', sum(n for n in keys.values() if n > 1), 'rows',
      '| exact copies of an earlier row', sum(n - 1 for n in copies.values()))
print('grand total: stored', sum(stored.values()), '| Excel precision', sum(shown.values()).normalize())
for key in [('KAZ', '2020'), ('KGZ', '2019'), ('TJK', '2022'), ('UZB', '2018'), ('AFG', '2021'), ('IRN', '2021'),
            ('RUS', '2022'), ('USA', '2022')]:
    print(key, 'stored', stored[key], '| Excel precision', shown[key].normalize())
