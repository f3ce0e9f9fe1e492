#ifndef AGENCYGRAPH_CGRAPHVIZ_SHIM_H
#define AGENCYGRAPH_CGRAPHVIZ_SHIM_H

// The one C header the Graphviz Swift module sees. Everything Swift 6 cannot touch directly
// (mutable C globals such as Agdirected) is exposed through static inline accessors here.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// Graph descriptors, returned by value so Swift never reads the mutable C globals.
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_strictdirected(void) { return Agstrictdirected; }
static inline Agdesc_t cgv_undirected(void) { return Agundirected; }
static inline Agdesc_t cgv_strictundirected(void) { return Agstrictundirected; }

/// The version string of the Graphviz library headers the module was built against.
static inline const char *cgv_header_version(void) { return PACKAGE_VERSION; }

// ---------------------------------------------------------------------------------------------
// Deterministic object ids.
//
// cgraph's default id discipline uses the address of each interned name as the object's id, and
// orders subgraphs by id: cluster order (and so the layout) then depends on where malloc put the
// strings, and the same graph can come out differently within one process. This discipline gives
// named objects even ids in creation order (2, 4, 6, ...) and anonymous ones odd ids, so the same
// input always yields the same drawing. Names are interned with agstrdup (cgraph's writers
// expect its reference-counted strings), indexed by a hash table owned by the graph, and released
// when the graph is closed (cgraph closes the id discipline before its string pool).
// ---------------------------------------------------------------------------------------------

typedef struct {
    Agraph_t *root;      /* names are interned in the root graph's string pool (cgraph needs refstrs) */
    char **names;        /* names[k] has id 2 * (k + 1) */
    size_t count, capacity;
    size_t *slots;       /* open addressing: 0 = empty, else k + 1 */
    size_t slot_count;   /* power of two */
    IDTYPE next_anonymous;
} cgv_id_state;

static inline size_t cgv_hash(const char *s) {
    size_t h = 1469598103934665603ULL;
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ULL; }
    return h;
}

static inline void *cgv_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    cgv_id_state *st = calloc(1, sizeof *st);
    if (!st) return NULL;
    st->root = g;
    st->slot_count = 64;
    st->slots = calloc(st->slot_count, sizeof *st->slots);
    st->next_anonymous = 1;
    if (!st->slots) { free(st); return NULL; }
    return st;
}

static inline size_t *cgv_id_find_slot(cgv_id_state *st, const char *name) {
    size_t mask = st->slot_count - 1;
    for (size_t i = cgv_hash(name) & mask;; i = (i + 1) & mask) {
        size_t k = st->slots[i];
        if (k == 0 || strcmp(st->names[k - 1], name) == 0) return &st->slots[i];
    }
}

static inline int cgv_id_grow(cgv_id_state *st) {
    if (st->count == st->capacity) {
        size_t cap = st->capacity ? st->capacity * 2 : 64;
        char **names = realloc(st->names, cap * sizeof *names);
        if (!names) return 0;
        st->names = names;
        st->capacity = cap;
    }
    if ((st->count + 1) * 2 > st->slot_count) {
        size_t n = st->slot_count * 2;
        size_t *slots = calloc(n, sizeof *slots);
        if (!slots) return 0;
        free(st->slots);
        st->slots = slots;
        st->slot_count = n;
        for (size_t k = 0; k < st->count; k++) *cgv_id_find_slot(st, st->names[k]) = k + 1;
    }
    return 1;
}

static inline long cgv_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    cgv_id_state *st = state;
    if (!str) {
        *id = st->next_anonymous;
        st->next_anonymous += 2;
        return 1;
    }
    size_t *slot = cgv_id_find_slot(st, str);
    if (*slot) { *id = (IDTYPE)(*slot) * 2; return 1; }
    if (!createflag) return 0;
    if (!cgv_id_grow(st)) return 0;
    char *copy = agstrdup(st->root, str);
    if (!copy) return 0;
    slot = cgv_id_find_slot(st, str);   /* the table may have grown */
    st->names[st->count++] = copy;
    *slot = st->count;
    *id = (IDTYPE)st->count * 2;
    return 1;
}

static inline long cgv_id_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;
}

static inline void cgv_id_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;   /* names live until the graph is closed */
}

static inline char *cgv_id_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    cgv_id_state *st = state;
    if (id % 2 != 0 || id == 0 || id / 2 > st->count) return NULL;
    return st->names[id / 2 - 1];
}

static inline void cgv_id_close(void *state) {
    cgv_id_state *st = state;
    if (!st) return;
    for (size_t k = 0; k < st->count; k++) agstrfree(st->root, st->names[k]);
    free(st->names);
    free(st->slots);
    free(st);
}

static inline void cgv_id_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

static Agiddisc_t cgv_id_disc = {
    cgv_id_open, cgv_id_map, cgv_id_alloc, cgv_id_free, cgv_id_print, cgv_id_close, cgv_id_register,
};

/// Reads DOT text from memory, a line at a time, for cgraph's parser.
typedef struct {
    const char *data;
    size_t length, position;
} cgv_reader;

static inline int cgv_reader_read(void *chan, char *buf, int bufsize) {
    cgv_reader *r = chan;
    int n = 0;
    while (r->position < r->length && n < bufsize) {
        char c = r->data[r->position++];
        buf[n++] = c;
        if (c == '\n') break;
    }
    return n;
}

static inline int cgv_putstr(void *chan, const char *str) { return fputs(str, (FILE *)chan); }
static inline int cgv_flush(void *chan) { return fflush((FILE *)chan); }

static Agiodisc_t cgv_io_disc = { cgv_reader_read, cgv_putstr, cgv_flush };

/// Creates an empty graph with the deterministic id discipline.
static inline Agraph_t *cgv_open(char *name, Agdesc_t desc) {
    Agdisc_t disc = { &AgMemDisc, &cgv_id_disc, &cgv_io_disc };
    return agopen(name, desc, &disc);
}

/// cgraph's lexer keeps its input buffer in globals; after a syntax error the rest of the failed
/// line stays there and would be read as the start of the next text (shifting its line numbers).
/// Exported by libcgraph but not declared in its headers.
extern void aglexbad(void);

/// Parses DOT text of `length` bytes with the deterministic id discipline (cgraph's agmemread
/// with our discipline). Returns NULL when there is no graph; syntax errors go through agerr.
static inline Agraph_t *cgv_read(const char *text, size_t length) {
    cgv_reader reader = { text, length, 0 };
    Agdisc_t disc = { &AgMemDisc, &cgv_id_disc, &cgv_io_disc };
    aglexbad();
    agsetfile((char *)"<input>");
    return agread(&reader, &disc);
}

/// Resets the DOT parser's file name and line counter (cgraph keeps them in globals, so line
/// numbers would otherwise run on from the previous parse).
static inline void cgv_reset_input(void) { agsetfile((char *)"<input>"); }

/// Writes `g` as DOT text (what `dot -Tcanon` prints, without needing a layout) into a buffer
/// allocated with malloc; the caller frees `*out`. Returns 0 on success.
static inline int cgv_write_dot(Agraph_t *g, char **out, size_t *length) {
    *out = NULL;
    *length = 0;
    FILE *stream = open_memstream(out, length);
    if (!stream) return -1;
    int rc = agwrite(g, stream);
    if (fclose(stream) != 0) rc = -1;
    return rc;
}

#endif
