/** Shared pieces: clock, user-facing errors, the page layout and form helpers. */
package org.childmaintenance.base;
