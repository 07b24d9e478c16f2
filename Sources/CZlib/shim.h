#ifndef FACTCHECK_CZLIB_SHIM_H
#define FACTCHECK_CZLIB_SHIM_H
// zlib (Debian: zlib1g-dev), for reading gzip'd data files in the benchmarks.
#include <zlib.h>

// `inflateInit2` is a macro that passes ZLIB_VERSION and the stream's size: Swift imports neither
// the macro nor the string constant reliably, so it is wrapped here. Window bits 15 + 32: the
// largest window, and a gzip or zlib header detected automatically.
static inline int czlib_inflate_init_gzip(z_streamp stream) {
    return inflateInit2(stream, 15 + 32);
}
#endif
