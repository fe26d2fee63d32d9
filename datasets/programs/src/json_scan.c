/* A validating scanner for a JSON subset: objects, arrays, strings with escapes, numbers, literals. */
struct scanner { const char *p; int depth; int values; };

static void skip_ws(struct scanner *s) {
    while (*s->p == ' ' || *s->p == '\n' || *s->p == '\t' || *s->p == '\r') s->p++;
}

static int is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int scan_string(struct scanner *s) {
    s->p++; /* opening quote */
    while (*s->p != '"') {
        if (*s->p == '\0' || (unsigned char)*s->p < 0x20) return 0;
        if (*s->p == '\\') {
            s->p++;
            switch (*s->p) {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't': break;
            case 'u':
                for (int k = 1; k <= 4; k++)
                    if (!is_hex(s->p[k])) return 0;
                s->p += 4;
                break;
            default: return 0;
            }
        }
        s->p++;
    }
    s->p++;
    return 1;
}

static int scan_number(struct scanner *s) {
    if (*s->p == '-') s->p++;
    if (*s->p == '0') s->p++;
    else if (*s->p >= '1' && *s->p <= '9') while (*s->p >= '0' && *s->p <= '9') s->p++;
    else return 0;
    if (*s->p == '.') {
        s->p++;
        if (!(*s->p >= '0' && *s->p <= '9')) return 0;
        while (*s->p >= '0' && *s->p <= '9') s->p++;
    }
    if (*s->p == 'e' || *s->p == 'E') {
        s->p++;
        if (*s->p == '+' || *s->p == '-') s->p++;
        if (!(*s->p >= '0' && *s->p <= '9')) return 0;
        while (*s->p >= '0' && *s->p <= '9') s->p++;
    }
    return 1;
}

static int scan_literal(struct scanner *s, const char *word) {
    while (*word) if (*s->p++ != *word++) return 0;
    return 1;
}

static int scan_value(struct scanner *s) {
    skip_ws(s);
    s->values++;
    if (++s->depth > 64) return 0;
    int ok;
    char c = *s->p;
    if (c == '{' || c == '[') {
        char close = c == '{' ? '}' : ']';
        s->p++;
        skip_ws(s);
        ok = 1;
        if (*s->p == close) s->p++;
        else for (;;) {
            if (c == '{') {
                skip_ws(s);
                if (*s->p != '"' || !scan_string(s)) { ok = 0; break; }
                skip_ws(s);
                if (*s->p++ != ':') { ok = 0; break; }
            }
            if (!scan_value(s)) { ok = 0; break; }
            skip_ws(s);
            if (*s->p == ',') { s->p++; continue; }
            if (*s->p == close) { s->p++; break; }
            ok = 0;
            break;
        }
    } else if (c == '"') ok = scan_string(s);
    else if (c == 't') ok = scan_literal(s, "true");
    else if (c == 'f') ok = scan_literal(s, "false");
    else if (c == 'n') ok = scan_literal(s, "null");
    else ok = scan_number(s);
    s->depth--;
    return ok;
}

/* Number of values in the document, or -1 when it is not valid JSON. */
int json_count_values(const char *text) {
    struct scanner s = {text, 0, 0};
    if (!scan_value(&s)) return -1;
    skip_ws(&s);
    return *s.p == '\0' ? s.values : -1;
}
