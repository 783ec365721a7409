/** Shared pieces: clock, user-facing errors, the page layout and form helpers. Open to every feature. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.childmaintenance.base;
