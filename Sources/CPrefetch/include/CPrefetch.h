#ifndef LEADPACT_CPREFETCH_H
#define LEADPACT_CPREFETCH_H

/// Asks the processor to start loading the cache line at `address`, without waiting for it.
static inline void leadpact_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
