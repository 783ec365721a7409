/**
 * The public estimate API: {@code POST /api/v1/estimates} (see API.md), its stateless security
 * chain and its per-address rate limit (held in the database by identity's RateLimits). Maps JSON in the vectors' shape to the engine and back.
 */
@NullMarked
package org.childmaintenance.calculation.api;

import org.jspecify.annotations.NullMarked;
