#ifndef AGENCYGRAPH_CGRAPHVIZ_SHIM_H
#define AGENCYGRAPH_CGRAPHVIZ_SHIM_H

// The one C header the Graphviz Swift module sees. Everything Swift 6 cannot touch directly
// (mutable C globals such as Agdirected) is exposed through static inline accessors here.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include <stdlib.h>

/// Graph descriptors, returned by value so Swift never reads the mutable C globals.
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_strictdirected(void) { return Agstrictdirected; }
static inline Agdesc_t cgv_undirected(void) { return Agundirected; }
static inline Agdesc_t cgv_strictundirected(void) { return Agstrictundirected; }

/// The version string of the Graphviz library headers the module was built against.
static inline const char *cgv_header_version(void) { return PACKAGE_VERSION; }

#endif
