#ifndef FACTCHECK_CLIBXML2_SHIM_H
#define FACTCHECK_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, so encoding.h would pull in the system's <unicode/ucnv.h>. Its
// `UErrorCode` differs from the one in Foundation's private ICU, and clang refuses any Swift module
// that sees both ("has different definitions in different modules"). factcheck never uses
// libxml2's ICU converter structs (only the uconv fields of xmlCharEncodingHandler depend on it,
// and we never touch that struct), so hide ICU from these headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

// Swift 6 cannot read `xmlFree`, a global function-pointer variable: call it through C.
static inline void factcheck_xml_free(void *pointer) {
    xmlFree(pointer);
}

// libxml2 prints parse errors of hostile pages to stderr by default; the handler is variadic,
// which Swift cannot define, so the silent one lives here.
static inline void factcheck_xml_silent_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void factcheck_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, factcheck_xml_silent_error);
}

#endif
