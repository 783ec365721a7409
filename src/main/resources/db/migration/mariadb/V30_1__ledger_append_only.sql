-- MariaDB only (H2 has no compatible trigger syntax): ledger transactions and entries are never
-- changed or removed; corrections are reversing transactions.
CREATE TRIGGER ledger_transaction_no_update BEFORE UPDATE ON ledger_transaction FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_transaction is append-only';
CREATE TRIGGER ledger_transaction_no_delete BEFORE DELETE ON ledger_transaction FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_transaction is append-only';
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only';
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only';
CREATE TRIGGER ledger_service_change_no_update BEFORE UPDATE ON ledger_service_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_service_change is append-only';
CREATE TRIGGER ledger_service_change_no_delete BEFORE DELETE ON ledger_service_change FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_service_change is append-only';
