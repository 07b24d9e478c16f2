#ifndef FACTCHECK_CWORDNET_SHIM_H
#define FACTCHECK_CWORDNET_SHIM_H
// WordNet 3.0's C library (Debian: wordnet-dev; the database is wordnet-base). Debian ships no
// pkg-config file for it. The library keeps global state (open files, static buffers): callers
// must serialise every call.
#include <wn.h>

// Macros Swift does not import as the integer type the functions take.
static inline int cwn_noun(void) { return NOUN; }
static inline int cwn_verb(void) { return VERB; }
static inline int cwn_adjective(void) { return ADJ; }
static inline int cwn_adverb(void) { return ADV; }
static inline int cwn_synonyms_search(void) { return SYNS; }
static inline int cwn_all_senses(void) { return ALLSENSES; }
static inline int cwn_antonym_pointer(void) { return ANTPTR; }
static inline int cwn_hypernym_pointer(void) { return HYPERPTR; }
static inline int cwn_similar_pointer(void) { return SIMPTR; }
static inline int cwn_derivation_pointer(void) { return DERIVATION; }
static inline int cwn_instance_pointer(void) { return INSTANCE; }
static inline int cwn_part_holonym_pointer(void) { return ISPARTPTR; }
#endif
