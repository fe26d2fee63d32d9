/* Test driver for json_scan.c: value counting on valid documents (nesting, escapes, numbers, literals) and rejection of malformed or too-deep ones. */
#include <stdio.h>

int json_count_values(const char *text);

static char deep[300];

static void nest(int depth) {
    int k = 0;
    for (int i = 0; i < depth; i++) deep[k++] = '[';
    deep[k++] = '1';
    for (int i = 0; i < depth; i++) deep[k++] = ']';
    deep[k] = '\0';
}

int main(void) {
    const char *docs[] = {
        "0", "-12.5e+3", "true", "false", "null", "\"\"", "\"a\\\"b\\\\c\\/\\n\\u00e9\"", "[]", "{}", " [1, 2, 3] ",
        "{\"a\": [1, {\"b\": null}], \"c\": \"d\"}", "[[], [[]], {\"x\": {}}]", "\n\t{ \"k\" : -0.0e-0 }\r\n",
        /* invalid */
        "", " ", "01", "-", "1.", "1e", ".5", "+1", "tru", "nul", "[1,]", "[1 2]", "{\"a\" 1}", "{a: 1}", "{\"a\":}",
        "\"unterminated", "\"bad \\x escape\"", "\"\\u12g4\"", "\"\\u12", "[1] 2", "{\"a\":1,}", "[\"tab\there\"]", "]", "{"};
    int n = (int)(sizeof docs / sizeof docs[0]);
    for (int i = 0; i < n; i++) printf("doc %d: %d\n", i, json_count_values(docs[i]));
    int depths[] = {1, 10, 63, 64, 65, 100};
    for (int i = 0; i < 6; i++) {
        nest(depths[i]);
        printf("depth %d: %d\n", depths[i], json_count_values(deep));
    }
    return 0;
}
