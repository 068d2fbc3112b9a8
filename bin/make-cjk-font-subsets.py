#!/usr/bin/python3
"""Rebuilds the CJK faces of the exports' font chain (report-export/.../export/fonts/WenQuanYiMicroHei-*.ttf).

WenQuanYi Micro Hei (Apache License 2.0; Debian package fonts-wqy-microhei) is a TrueType-outline CJK font, which
PDFBox can subset into a PDF (it cannot subset the CFF outlines of Noto Sans CJK). The whole face is about 5 MB, so
it is split by Unicode range into three files under the 2 MB limit on tracked files, each renamed so that Java and
PDFBox tell them apart. Needs Debian's python3-fonttools and fonts-wqy-microhei:
    apt-get install python3-fonttools fonts-wqy-microhei && bin/make-cjk-font-subsets.py
"""
import os
from fontTools import subset

SOURCE = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
TARGET = os.path.join(os.path.dirname(__file__), '..', 'report-export', 'src', 'main', 'resources', 'org',
                      'hybridplanner', 'export', 'fonts')
PARTS = {
    # Han ideographs, first half of the unified block.
    'Han1': '0020,4E00-72FF',
    # The rest of the unified block, extension A and B, compatibility ideographs.
    'Han2': '0020,7300-9FFF,3400-4DBF,F900-FAFF,20000-2FFFF',
    # CJK punctuation, kana, Hangul syllables and jamo, full-width forms, radicals.
    'KanaHangul': '0020,3000-33FF,FF00-FFEF,FE30-FE4F,3130-318F,AC00-D7AF,1100-11FF,A960-A97F,D7B0-D7FF,'
                  '3190-31FF,2E80-2FDF,2FF0-2FFF',
}


def code_points(ranges):
    for item in ranges.split(','):
        first, _, last = item.partition('-')
        yield from range(int(first, 16), int(last or first, 16) + 1)


for part, ranges in PARTS.items():
    options = subset.Options()
    options.font_number = 0
    options.hinting = False
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.layout_features = ['*']
    options.drop_tables += ['FFTM', 'vhea', 'vmtx']
    font = subset.load_font(SOURCE, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=list(code_points(ranges)))
    subsetter.subset(font)
    family = 'WenQuanYi Micro Hei ' + part
    for record in font['name'].names:
        if record.nameID in (1, 4, 16):
            record.string = family
        elif record.nameID == 3:
            record.string = family + ' subset'
        elif record.nameID == 6:
            record.string = 'WenQuanYiMicroHei-' + part
    out = os.path.join(TARGET, 'WenQuanYiMicroHei-' + part + '.ttf')
    subset.save_font(font, out, options)
    print(out, len(font.getBestCmap()), os.path.getsize(out))
