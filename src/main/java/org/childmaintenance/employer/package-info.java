/**
 * Employers and deductions from earnings (LC-13): deduction orders issued by casework, deductions
 * per pay day within protected earnings, the monthly schedule and remittance (posted to each case
 * through the ledger), payroll uploads and leavers. Other features use
 * {@link org.childmaintenance.employer.DeductionOrderService},
 * {@link org.childmaintenance.employer.DeductionService},
 * {@link org.childmaintenance.employer.RemittanceService} and
 * {@link org.childmaintenance.employer.PayrollUploadService}.
 */
package org.childmaintenance.employer;
