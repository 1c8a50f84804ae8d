#ifndef ZF_ICU_H
#define ZF_ICU_H

// The project's only door to ICU. Plain C types only: no ICU header is
// included here, so Swift never sees ICU's types (which would clash with
// Foundation's private copy). Status codes are ICU's UErrorCode values
// as int32_t: 0 is success, negative values are warnings, positive are errors.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of break iterator.
enum {
    ZF_BREAK_WORD = 0,
    ZF_BREAK_SENTENCE = 1,
};

/// An opaque ICU break iterator.
typedef struct zf_breaker zf_breaker;

/// Opens a break iterator of `kind` for `locale` (e.g. "zh"). Returns NULL
/// and sets `*status` > 0 on failure.
zf_breaker *zf_breaker_open(int32_t kind, const char *locale, int32_t *status);

/// Closes an iterator opened by zf_breaker_open. NULL is accepted.
void zf_breaker_close(zf_breaker *breaker);

/// Runs the iterator over `text` (UTF-16, `length` units) and writes every
/// boundary (0 and `length` included) to `boundaries`, and the rule status
/// of the segment that ends at each boundary to `statuses` (may be NULL).
/// `capacity` must be at least `length + 1`. Returns the number of
/// boundaries written, or -1 with `*status` > 0 on failure.
int32_t zf_breaker_boundaries(zf_breaker *breaker,
                              const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *statuses,
                              int32_t capacity, int32_t *status);

/// Converts `length` bytes in `charset` to UTF-16. Returns the number of
/// UTF-16 units needed; when that exceeds `capacity` nothing useful is
/// written and the caller retries with a larger buffer. Undecodable input
/// is an error (`*status` > 0), and `*error_offset` gets the byte offset of
/// the first bad sequence (or -1 when unknown).
int32_t zf_convert_to_utf16(const char *charset,
                            const char *bytes, int32_t length,
                            uint16_t *out, int32_t capacity,
                            int32_t *error_offset, int32_t *status);

/// Converts `length` bytes in `charset` to UTF-8, like zf_convert_to_utf16
/// (strict: the first undecodable sequence is an error and `*error_offset`
/// gets its byte offset). Returns the number of UTF-8 bytes needed; when
/// that exceeds `capacity` nothing useful is written and the caller retries
/// with a larger buffer (3 bytes per input byte always suffice).
int32_t zf_convert_to_utf8(const char *charset,
                           const char *bytes, int32_t length,
                           char *out, int32_t capacity,
                           int32_t *error_offset, int32_t *status);

/// Every charset the detector finds plausible for `bytes`, best first.
/// Match i's NUL-terminated ICU name goes to `names + i * name_stride`
/// (at most `name_stride` bytes) and its confidence (0-100) to
/// `confidences[i]`. Writes at most `capacity` matches and returns how many
/// were written (0 when none), or -1 with `*status` > 0 on failure.
int32_t zf_detect_charsets(const char *bytes, int32_t length,
                           char *names, int32_t name_stride,
                           int32_t *confidences, int32_t capacity,
                           int32_t *status);

/// Converts `length` UTF-16 units to `charset`. Returns the number of bytes
/// needed; when that exceeds `capacity` nothing useful is written and the
/// caller retries with a larger buffer. A character the charset cannot
/// represent is an error (`*status` > 0) and `*error_offset` gets its UTF-16
/// offset (or -1 when unknown).
int32_t zf_convert_from_utf16(const char *charset,
                              const uint16_t *text, int32_t length,
                              char *out, int32_t capacity,
                              int32_t *error_offset, int32_t *status);

/// Writes ICU's canonical name of the converter `charset` names (an alias
/// such as "gbk" or "utf8" is accepted) to `name` (NUL-terminated, at most
/// `name_capacity` bytes). Returns 0, or -1 with `*status` > 0 when ICU has
/// no such converter.
int32_t zf_charset_canonical_name(const char *charset, char *name,
                                  int32_t name_capacity, int32_t *status);

/// A short English name for an ICU status code (static storage).
const char *zf_status_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
