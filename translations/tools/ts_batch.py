#!/usr/bin/env python3
"""Batch work on a Qt Linguist .ts file (helper for translators; the build does not need it).

  ts_batch.py export drrunbook_de.ts [--all] [--context NAME] > todo.txt
      Writes the unfinished messages (every message with --all) as blocks:
          @@<key> <context>
          <source text, as many lines as it has>
      <key> is a short hash of context + source, so it survives lupdate runs.
  ts_batch.py fill drrunbook_de.ts done.txt [done2.txt ...]
      Reads blocks "@@<key>" followed by the translation (plural forms separated by a line "@@+") and writes them
      into the .ts as finished. Leading/trailing whitespace and line breaks of the source are kept; the
      translation's own are trimmed.
  ts_batch.py stats drrunbook_de.ts
"""
import hashlib
import re
import sys
import xml.etree.ElementTree as ET


def key(context, source):
    return hashlib.sha1((context + "\x04" + source).encode("utf-8")).hexdigest()[:10]


def load(path):
    tree = ET.parse(path)
    return tree


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            yield name, m


def unfinished(m):
    t = m.find("translation")
    if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if m.get("numerus") == "yes":
        return not all((f.text or "") for f in t.iter("numerusform"))
    return not (t.text or "")


def export(path, everything, only):
    for name, m in messages(load(path)):
        if only and name != only:
            continue
        if everything or unfinished(m):
            src = m.findtext("source") or ""
            plural = " [plural]" if m.get("numerus") == "yes" else ""
            print("@@%s %s%s" % (key(name, src), name, plural))
            print(src)


def parse_blocks(text):
    out = {}
    cur = None
    for line in text.split("\n"):
        mm = re.match(r"^@@([0-9a-f]{10})\b", line)
        if mm:
            cur = [[]]
            out[mm.group(1)] = cur
        elif line == "@@+" and cur is not None:
            cur.append([])
        elif cur is not None:
            cur[-1].append(line)
    return {k: ["\n".join(f).strip() for f in v] for k, v in out.items()}


def shape(source, translation):
    lead = source[: len(source) - len(source.lstrip())]
    trail = source[len(source.rstrip()):]
    return lead + translation + trail


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def fill(path, files):
    tree = load(path)
    done = {}
    for fn in files:
        with open(fn, encoding="utf-8") as f:
            done.update(parse_blocks(f.read()))
    used = set()
    for name, m in messages(tree):
        src = m.findtext("source") or ""
        k = key(name, src)
        if k not in done:
            continue
        forms = [shape(src, t) for t in done[k] if t]
        if not forms:
            continue
        used.add(k)
        t = m.find("translation")
        if t is None:
            t = ET.SubElement(m, "translation")
        t.attrib.pop("type", None)
        if m.get("numerus") == "yes":
            for child in list(t):
                t.remove(child)
            t.text = None
            while len(forms) < 2:
                forms.append(forms[-1])
            for form in forms:
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = forms[0]
    write(tree, path)
    missing = set(done) - used
    if missing:
        print("keys not found in %s: %s" % (path, " ".join(sorted(missing))), file=sys.stderr)
    print("filled %d messages" % len(used), file=sys.stderr)


def stats(path):
    total = 0
    todo = 0
    for _, m in messages(load(path)):
        total += 1
        todo += unfinished(m)
    print("%s: %d messages, %d unfinished" % (path, total, todo))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "export":
        args = sys.argv[2:]
        ctx = None
        if "--context" in args:
            i = args.index("--context")
            ctx = args[i + 1]
            del args[i:i + 2]
        export(args[0], "--all" in args, ctx)
    elif cmd == "fill":
        fill(sys.argv[2], sys.argv[3:])
    elif cmd == "stats":
        stats(sys.argv[2])
    else:
        sys.exit(__doc__)
