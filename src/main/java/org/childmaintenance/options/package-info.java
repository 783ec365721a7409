/**
 * Before applying: the "what are my options" guidance that issues pre-application reference
 * numbers ({@link org.childmaintenance.options.OptionsService}), family-based arrangements with a
 * private payment tracker ({@link org.childmaintenance.options.ArrangementService}) and the
 * "sorting out separation" signposting content ({@link org.childmaintenance.options.SignpostingService}).
 * Entities and repositories are package-private; other features use the three services.
 */
package org.childmaintenance.options;
