#!/bin/sh
# Differential check of every test driver in this folder against its program (datasets/programs/src, ll):
#  1. the C source compiled by gcc -O0 and -O2 gives the same output and exit status;
#  2. the shipped IR compiled by llc gives the same output as 1;
#  3. the IR optimized by `opt -passes='default<O2>'` then llc gives the same output as 1.
# Prints `name ok` or `name FAIL <check>` per program; exits non-zero if any fails.
# llc/opt come from $LLVM_BIN, or else from the directory of the active python's executable.
HERE=$(cd "$(dirname "$0")" && pwd)
PROGS=$(dirname "$HERE")
if [ -n "$LLVM_BIN" ]; then
    BIN=$LLVM_BIN
else
    PY=$(command -v python || command -v python3)
    BIN=$(dirname "$("$PY" -c 'import sys; print(sys.executable)')")
fi
LLC=$BIN/llc
OPT=$BIN/opt
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failed=0
for drv in "$HERE"/*.c; do
    name=$(basename "$drv" .c)
    src=$PROGS/src/$name.c
    ll=$PROGS/ll/$name.ll
    d=$TMP/$name
    mkdir -p "$d"
    fail=""
    if ! gcc -std=c11 -Wall -Wextra -Werror -O0 -c "$drv" -o "$d/d.o" 2>"$d/err"; then
        fail="compile"
    elif ! { gcc -O0 "$src" "$d/d.o" -o "$d/a0" -lm && gcc -O2 "$src" "$d/d.o" -o "$d/a2" -lm; } 2>>"$d/err"; then
        fail="1(build)"
    else
        (cd "$d" && timeout 10 ./a0 > o0.txt; echo $? >> o0.txt; timeout 10 ./a2 > o2.txt; echo $? >> o2.txt)
        if ! cmp -s "$d/o0.txt" "$d/o2.txt"; then
            fail="1"
        elif ! { "$LLC" -O0 -relocation-model=pic -filetype=obj "$ll" -o "$d/p.o" && gcc "$d/p.o" "$d/d.o" -o "$d/b" -lm; } 2>>"$d/err"; then
            fail="2(build)"
        elif ! { (cd "$d" && timeout 10 ./b > b.txt; echo $? >> b.txt); cmp -s "$d/o0.txt" "$d/b.txt"; }; then
            fail="2"
        elif ! { "$OPT" -passes='default<O2>' "$ll" -o - | "$LLC" -O0 -relocation-model=pic -filetype=obj -o "$d/q.o" && gcc "$d/q.o" "$d/d.o" -o "$d/c" -lm; } 2>>"$d/err"; then
            fail="3(build)"
        elif ! { (cd "$d" && timeout 10 ./c > c.txt; echo $? >> c.txt); cmp -s "$d/o0.txt" "$d/c.txt"; }; then
            fail="3"
        fi
    fi
    if [ -z "$fail" ]; then
        echo "$name ok"
    else
        echo "$name FAIL $fail"
        failed=$((failed + 1))
    fi
done
[ "$failed" -eq 0 ]
