/* Test driver for fir_filter.c: 16-tap fixed-point FIR on impulse, step, ramp and saturating inputs, and short inputs. */
#include <stdio.h>

short fir(const short *x, int n, const short coef[16], short *y);

static void run(const char *label, const short *x, int n, const short *coef) {
    short y[128];
    for (int i = 0; i < 128; i++) y[i] = 0;
    short peak = fir(x, n, coef, y);
    long sum = 0;
    for (int i = 0; i < n; i++) sum = sum * 3 + y[i], sum %= 1000003;
    printf("%s n=%d peak=%d sum=%ld y:", label, n, peak, sum);
    for (int i = 14; i < n && i < 24; i++) printf(" %d", y[i]);
    printf("\n");
}

int main(void) {
    short lowpass[16], hot[16], mixed[16];
    for (int t = 0; t < 16; t++) {
        lowpass[t] = (short)(2048 - (t - 8) * (t - 8) * 16);
        hot[t] = 3750; /* sum 60000: saturates at full-scale input */
        mixed[t] = (short)((t % 2 ? -1 : 1) * (1000 + t * 300));
    }
    short imp[64], step[64], ramp[64], full[64], negfull[64];
    for (int i = 0; i < 64; i++) {
        imp[i] = i == 20 ? 32767 : 0;
        step[i] = i >= 10 ? 10000 : 0;
        ramp[i] = (short)(i * 500 - 16000);
        full[i] = 32767;
        negfull[i] = -32768;
    }
    run("impulse lowpass", imp, 64, lowpass);
    run("step lowpass", step, 64, lowpass);
    run("ramp mixed", ramp, 64, mixed);
    run("full hot", full, 64, hot);
    run("negfull hot", negfull, 64, hot);
    run("ramp hot", ramp, 40, hot);
    run("short", ramp, 15, lowpass);
    run("exact", ramp, 16, lowpass);
    run("empty", ramp, 0, lowpass);
    return 0;
}
