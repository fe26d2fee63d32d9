/* Fixed-point FIR filter over a sample stream with saturation. */
#define TAPS 16
short fir(const short *x, int n, const short coef[TAPS], short *y) {
    short peak = 0;
    for (int i = TAPS - 1; i < n; i++) {
        int acc = 0;
        for (int t = 0; t < TAPS; t++) acc += x[i - t] * coef[t];
        acc >>= 15;
        if (acc > 32767) acc = 32767; else if (acc < -32768) acc = -32768;
        y[i] = (short)acc;
        if (y[i] > peak) peak = y[i];
    }
    return peak;
}
