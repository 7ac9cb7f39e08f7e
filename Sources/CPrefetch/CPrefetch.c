// The module is its header: an inline prefetch hint Swift cannot spell itself.
#include "CPrefetch.h"
