/* Shell-style wildcard matching: '*', '?', bracket classes with ranges and negation, backslash escapes. */

/* Matches one bracket class starting at p (just after '['); sets *end past the closing ']'. */
static int match_class(const char *p, char c, const char **end) {
    int negate = 0, matched = 0;
    if (*p == '!' || *p == '^') { negate = 1; p++; }
    int first = 1;
    while (*p && (*p != ']' || first)) {
        char lo = *p, hi = *p;
        if (p[1] == '-' && p[2] && p[2] != ']') {
            hi = p[2];
            p += 2;
        }
        if (c >= lo && c <= hi) matched = 1;
        p++;
        first = 0;
    }
    if (*p != ']') return -1; /* unterminated class */
    *end = p + 1;
    return matched != negate;
}

/* 1 if text matches pattern entirely, 0 if not, -1 for a malformed pattern. */
int glob_match(const char *pat, const char *text) {
    const char *star_p = 0, *star_t = 0;
    while (*text) {
        const char *next = pat + 1;
        int ok = 0;
        switch (*pat) {
        case '*':
            star_p = pat++;
            star_t = text;
            continue;
        case '?': ok = 1; break;
        case '[': {
            int r = match_class(pat + 1, *text, &next);
            if (r < 0) return -1;
            ok = r;
            break;
        }
        case '\\':
            if (pat[1] == '\0') return -1;
            ok = pat[1] == *text;
            next = pat + 2;
            break;
        case '\0': ok = 0; break;
        default: ok = *pat == *text;
        }
        if (ok) {
            pat = next;
            text++;
        } else if (star_p) {
            pat = star_p + 1;
            text = ++star_t;
        } else {
            return 0;
        }
    }
    while (*pat == '*') pat++;
    return *pat == '\0';
}

/* How many of the n names match the pattern (stops at the first malformed-pattern error). */
int glob_count(const char *pat, const char *const *names, int n) {
    int count = 0;
    for (int i = 0; i < n; i++) {
        int r = glob_match(pat, names[i]);
        if (r < 0) return -1;
        count += r;
    }
    return count;
}
