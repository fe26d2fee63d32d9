/* A tiny stack virtual machine interpreting a byte program with a dispatch switch. */
enum op { PUSH, ADD, SUB, MUL, DUP, SWAP, JZ, JMP, HALT };
int run_vm(const unsigned char *code, int len) {
    int stack[64], sp = 0, pc = 0, steps = 0;
    while (pc < len && steps++ < 10000) {
        switch (code[pc++]) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case SWAP: { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } break;
        case JZ: { int target = code[pc++]; if (stack[--sp] == 0) pc = target; } break;
        case JMP: pc = code[pc]; break;
        case HALT: return sp ? stack[sp - 1] : 0;
        default: return -1;
        }
        if (sp < 0 || sp >= 64) return -2;
    }
    return sp ? stack[sp - 1] : 0;
}
