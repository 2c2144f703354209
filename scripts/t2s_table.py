"""Write caredesk/core/data/t2s.tsv: traditional Chinese characters and their simplified
forms, one character for one character, so that triage reads 樓上滲水 as 楼上渗水 with every
offset unchanged.

The pairs are OpenCC's (https://github.com/BYVoid/OpenCC, Apache License 2.0): each CJK code
point that OpenCC's "t2s" conversion turns into one other character. Only a developer runs
this (`pip install opencc`); Caredesk reads the table it writes and needs no OpenCC.

    python scripts/t2s_table.py
"""

from __future__ import annotations

from pathlib import Path

import opencc

OUT = Path(__file__).resolve().parents[1] / "caredesk/core/data/t2s.tsv"
BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0x20000, 0x2A6E0))


def main() -> None:
    convert = opencc.OpenCC("t2s").convert
    pairs = []
    for low, high in BLOCKS:
        for point in range(low, high):
            char = chr(point)
            simple = convert(char)
            if simple != char and len(simple) == 1:
                pairs.append(f"{char}\t{simple}\n")
    header = (
        "# Traditional Chinese character -> simplified, one for one (OpenCC's t2s, Apache-2.0).\n"
        f"# Written by scripts/t2s_table.py with OpenCC {opencc.__version__}; "
        f"{len(pairs)} pairs.\n"
    )
    OUT.write_text(header + "".join(pairs), encoding="utf-8")
    print(f"{OUT}: {len(pairs)} pairs")


if __name__ == "__main__":
    main()
