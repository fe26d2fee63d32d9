/* Splits CSV records into fields (quoted fields, doubled quotes, CRLF), and sums a numeric column. */
#define MAX_FIELDS 32
#define FIELD_LEN 64

struct record { int nfields; char field[MAX_FIELDS][FIELD_LEN]; };

/* Parses one record starting at *line; advances *line past its end. Returns fields, or -1 on error. */
int csv_next_record(const char **line, struct record *rec, char sep) {
    const char *p = *line;
    int f = 0, len = 0, quoted = 0;
    rec->nfields = 0;
    if (*p == '\0') return 0;
    for (;;) {
        char c = *p;
        if (quoted) {
            if (c == '\0') return -1;
            if (c == '"' && p[1] == '"') { c = '"'; p++; }
            else if (c == '"') { quoted = 0; p++; continue; }
        } else if (c == '"' && len == 0) {
            quoted = 1;
            p++;
            continue;
        } else if (c == sep || c == '\n' || c == '\r' || c == '\0') {
            if (f == MAX_FIELDS) return -1;
            rec->field[f++][len] = '\0';
            len = 0;
            if (c == sep) { p++; continue; }
            if (c == '\r' && p[1] == '\n') p++;
            if (c != '\0') p++;
            break;
        }
        if (len == FIELD_LEN - 1 || f == MAX_FIELDS) return -1;
        rec->field[f][len++] = c;
        p++;
    }
    rec->nfields = f;
    *line = p;
    return f;
}

static int parse_int(const char *s, long *out) {
    long v = 0;
    int neg = *s == '-';
    if (neg || *s == '+') s++;
    if (!*s) return 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return 0;
        v = v * 10 + (*s - '0');
    }
    *out = neg ? -v : v;
    return 1;
}

/* Sum of integer column col over all records after the header; -1 on a malformed row. */
long csv_column_sum(const char *text, int col, char sep) {
    struct record rec;
    long total = 0, v;
    int rows = 0, r;
    while ((r = csv_next_record(&text, &rec, sep)) > 0) {
        if (rows++ == 0) continue;
        if (col >= rec.nfields || !parse_int(rec.field[col], &v)) return -1;
        total += v;
    }
    return r < 0 ? -1 : total;
}
