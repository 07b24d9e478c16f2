#ifndef FACTCHECK_CSTEMMER_SHIM_H
#define FACTCHECK_CSTEMMER_SHIM_H
// Snowball stemmers (Debian: libstemmer-dev). Debian ships no pkg-config file for it.
#include <libstemmer.h>
#endif
