#!/usr/bin/env python3
"""Writes the hostile and broken inputs of the test suite (Tests/convertTests/HostileInputs.swift and the
Hostile*Tests) into a folder, for runs outside the tests: scripts/sanitize (valgrind, sanitizers) and
scripts/hostile-measure.sh (peak memory and time).

    scripts/hostile-corpus.py OUT            # the sizes the issue names, small transcripts
    scripts/hostile-corpus.py OUT --big      # also a 100 MB single-line transcript and a million tiny turns

XML files end in .xml, transcripts in .txt. Nothing here is fetched or needs the network: the URLs point
at 127.0.0.1 port 9 (discard), where nothing should ever connect.
"""
import os
import sys

DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
TEI_START = '<TEI xmlns="http://www.tei-c.org/ns/1.0">'


def tei(paragraph, doctype=None, attributes=''):
    start = TEI_START[:-1] + ' ' + attributes + '>' if attributes else TEI_START
    lines = [DECLARATION] + ([doctype] if doctype else []) + [start + '<text><body><p>' + paragraph + '</p></body></text></TEI>']
    return '\n'.join(lines) + '\n'


def xml_files():
    lol = ['<!ENTITY lol0 "lol">'] + ['<!ENTITY lol%d "%s">' % (i, ('&lol%d;' % (i - 1)) * 10) for i in range(1, 11)]
    cafe = tei('café').encode()
    e = 'é'.encode()
    le = tei('café').replace('UTF-8', 'UTF-16').encode('utf-16-le')
    return {
        'laughs.xml': tei('&lol10;', '<!DOCTYPE TEI [' + ''.join(lol) + ']>').encode(),
        'quadratic.xml': tei('&a;' * 50000, '<!DOCTYPE TEI [<!ENTITY a "' + 'x' * 50000 + '">]>').encode(),
        'deep.xml': tei('<hi>' * 100000 + 'deep' + '</hi>' * 100000).encode(),
        'big-text.xml': tei('x' * (10 << 20)).encode(),
        'big-attribute.xml': tei('x', attributes='n="' + 'v' * (10 << 20) + '"').encode(),
        'long-name.xml': tei('<' + 'n' * 60000 + '/>').encode(),
        'xxe-file.xml': tei('&x;', '<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>').encode(),
        'xxe-http.xml': tei('&x;', '<!DOCTYPE TEI [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>').encode(),
        'xxe-parameter.xml': tei('x', '<!DOCTYPE TEI [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>').encode(),
        'xinclude.xml': tei('<xi:include href="/etc/passwd" parse="text"/>', attributes='xmlns:xi="http://www.w3.org/2001/XInclude"').encode(),
        'dtd-http.xml': (DECLARATION + '\n<!DOCTYPE TEI SYSTEM "http://127.0.0.1:9/tei.dtd">\n' + tei('x').split('\n', 1)[1]).encode(),
        'nul.xml': tei('ca\0f').encode(),
        'latin1.xml': cafe.replace(e, b'\xe9'),
        'overlong.xml': cafe.replace(e, b'\xc0\xaf'),
        'surrogate.xml': cafe.replace(e, b'\xed\xa0\x80'),
        'utf16-le-bom.xml': b'\xff\xfe' + le,
        'utf16-le-declared.xml': le,
        'utf16-bare.xml': '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>'.encode('utf-16-le'),
        'bom.xml': b'\xef\xbb\xbf',
        'empty.xml': b'',
        'blank.xml': b' \n\t\r\n  ',
        'cut-tag.xml': cafe[:58],
        'cut-content.xml': cafe[:-14],
        'cut-character.xml': cafe[:cafe.index(b'\xc3') + 1],
        'undeclared.xml': tei('&nbsp;').encode(),
    }


def transcript_files(big):
    levels = ['&a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    levels += ['&a%d [%s]' % (i, ','.join(['*a%d' % (i - 1)] * 9)) for i in range(1, 12)]
    line_size = (100 << 20) if big else (8 << 20)
    line = ('Reporter: ' + 'word ' * (line_size // 5))[:line_size - 1] + '\n'
    turns = 1_000_000 if big else 100_000
    files = {
        'bell.txt': 'Reporter: hello\x07 world\n'.encode(),
        'escape.txt': 'Reporter: hello\n\nGuest: \x1b[31mred\x1b[0m\n'.encode(),
        'nul.txt': 'Reporter: a\0b\n'.encode(),
        'utf16-bom.txt': b'\xff\xfe' + 'Reporter: hi\n'.encode('utf-16-le'),
        'utf16-bare.txt': 'Reporter: hi\n'.encode('utf-16-le'),
        'bom.txt': b'\xef\xbb\xbf',
        'empty.txt': b'',
        'blank.txt': b' \n\t\r\n\n',
        'cut.txt': 'Reporter: café'.encode()[:-1],
        'overlong.txt': b'Reporter: a\xc0\xafb\n',
        'long-label.txt': ('X' * 10000 + ': hello\n\nReporter: hi\n').encode(),
        'yaml-bomb.txt': ('---\ntitle: [' + ', '.join(levels) + ']\n---\nReporter: hi\n').encode(),
        'many-speakers.txt': ''.join('Speaker%d: hello\n\nSome Words Here\n\n' % i for i in range(20000)).encode(),
        ('line-100mb.txt' if big else 'line-8mb.txt'): line.encode(),
        ('turns-1m.txt' if big else 'turns-100k.txt'): ''.join('A: x\n\n' if i % 2 == 0 else 'B: y\n\n' for i in range(turns)).encode(),
    }
    return files


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    big = '--big' in sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    for name, data in {**xml_files(), **transcript_files(big)}.items():
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)


if __name__ == '__main__':
    main()
