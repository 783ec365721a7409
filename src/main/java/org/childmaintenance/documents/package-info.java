/**
 * Documents: one page per case listing every letter and notice a party may see, newest first,
 * gathered from {@link org.childmaintenance.documents.DocumentSource} beans (case letters, payment
 * statements; later employer order notices and reconsideration notices add their own source).
 */
@NullMarked
package org.childmaintenance.documents;

import org.jspecify.annotations.NullMarked;
