/* Test driver for stack_vm.c: interpreting arithmetic, loops with JZ/JMP, HALT, empty programs, unknown opcodes, stack overflow and the step limit. */
#include <stdio.h>

int run_vm(const unsigned char *code, int len);

enum { OP_PUSH, OP_ADD, OP_SUB, OP_MUL, OP_DUP, OP_SWAP, OP_JZ, OP_JMP, OP_HALT };

int main(void) {
    /* (2 + 3) * 7 - 4 */
    const unsigned char p1[] = {OP_PUSH, 2, OP_PUSH, 3, OP_ADD, OP_PUSH, 7, OP_MUL, OP_PUSH, 4, OP_SUB, OP_HALT};
    /* 4 - 9 via SWAP: pushes 9, 4, swaps -> 4 - 9 */
    const unsigned char p2[] = {OP_PUSH, 9, OP_PUSH, 4, OP_SWAP, OP_SUB};
    /* x = 1; while (x - 64 != 0) x = x * 2; */
    const unsigned char p3[] = {OP_PUSH, 1, OP_DUP, OP_PUSH, 64, OP_SUB, OP_JZ, 13, OP_PUSH, 2, OP_MUL, OP_JMP, 2, OP_HALT};
    /* x = 3; while (x - 48 != 0) x = x + 5; ends with no HALT (runs off the end) */
    const unsigned char p4[] = {OP_PUSH, 3, OP_DUP, OP_PUSH, 48, OP_SUB, OP_JZ, 13, OP_PUSH, 5, OP_ADD, OP_JMP, 2};
    /* squares with DUP/MUL: ((5^2)^2) */
    const unsigned char p5[] = {OP_PUSH, 5, OP_DUP, OP_MUL, OP_DUP, OP_MUL, OP_HALT, OP_PUSH, 1};
    const unsigned char p6[] = {OP_PUSH, 1, 42};                      /* unknown opcode */
    const unsigned char p7[] = {OP_PUSH, 1, OP_JMP, 0};               /* pushes until the stack overflows */
    const unsigned char p8[] = {OP_PUSH, 7, OP_JMP, 2};               /* spins until the step limit */
    const unsigned char p9[] = {OP_HALT};
    const unsigned char p10[] = {OP_PUSH, 0, OP_JZ, 6, OP_PUSH, 99, OP_PUSH, 11, OP_HALT};
    const unsigned char p11[] = {OP_PUSH, 200, OP_PUSH, 200, OP_MUL, OP_PUSH, 255, OP_SUB};
    const struct { const unsigned char *code; int len; } progs[] = {
        {p1, sizeof p1}, {p2, sizeof p2}, {p3, sizeof p3}, {p4, sizeof p4}, {p5, sizeof p5}, {p6, sizeof p6},
        {p7, sizeof p7}, {p8, sizeof p8}, {p9, sizeof p9}, {p10, sizeof p10}, {p11, sizeof p11}, {p1, 0}, {p1, 4}};
    int n = (int)(sizeof progs / sizeof progs[0]);
    for (int i = 0; i < n; i++) printf("prog %d: %d\n", i, run_vm(progs[i].code, progs[i].len));
    return 0;
}
