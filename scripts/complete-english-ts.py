#!/usr/bin/env python3
"""English is the source language: after `update_translations`, every new string in
translations/hms-ops_en.ts gets its source text as its translation (replacing lupdate's guess from a similar string) (plural strings must still be
written by hand: "%n incident(s)" -> "%n incident" / "%n incidents"; they are listed).
tst_translations fails while any entry is unfinished."""
import re, sys
path = sys.argv[1] if len(sys.argv) > 1 else 'translations/hms-ops_en.ts'
text = open(path, encoding='utf-8').read()
pattern = re.compile(r'(<message>\s*<source>([^<]*)</source>\s*)<translation type="unfinished">[^<]*</translation>', re.S)
filled = 0
def fill(m):
    global filled
    filled += 1
    return m.group(1) + '<translation>' + m.group(2) + '</translation>'
text = pattern.sub(fill, text)
open(path, 'w', encoding='utf-8').write(text)
left = re.findall(r'<message numerus="yes">\s*<source>([^<]*)</source>\s*<translation type="unfinished">', text, re.S)
print(f'{filled} filled; plural strings to write by hand: {left}')
