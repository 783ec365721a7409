-- Issue 17: a decision keeps the service's own texts in English and each reader sees them in their language
-- (CaseSupport.reasonText, RateBandText). Demo decisions said "First calculation" (now the text of
-- decision.reason.initial); a default-rate decision made from a Welsh page kept its rate band in Welsh.
UPDATE cm_decision SET reason = 'First calculation from the paying parent''s details' WHERE reason = 'First calculation';
UPDATE cm_decision SET rate_band = 'Default rate' WHERE rate_band = 'Cyfradd ddiofyn';
