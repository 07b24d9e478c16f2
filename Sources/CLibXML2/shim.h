#ifndef FACTCHECK_CLIBXML2_SHIM_H
#define FACTCHECK_CLIBXML2_SHIM_H

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
