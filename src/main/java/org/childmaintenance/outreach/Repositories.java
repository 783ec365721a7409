package org.childmaintenance.outreach;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CentreRepository extends JpaRepository<Centre, Long> {
    Optional<Centre> findByOrganisationId(long organisationId);

    List<Centre> findAllByOrderByName();
}

interface SlotRepository extends JpaRepository<Slot, Long> {
    List<Slot> findByCentreIdAndSlotDateGreaterThanEqualOrderBySlotDateAscStartTimeAsc(long centreId, LocalDate from);

    List<Slot> findByCentreIdAndSlotDate(long centreId, LocalDate date);

    /** Books the slot for the request if it is still free: 1 if booked now, 0 if someone else has it. */
    @Modifying(flushAutomatically = true)
    @Query("update Slot s set s.bookedRequestId = :requestId where s.id = :slotId and s.bookedRequestId is null")
    int book(@Param("slotId") long slotId, @Param("requestId") long requestId);

    /** Frees the slot the request held (after a cancellation). */
    @Modifying(flushAutomatically = true)
    @Query("update Slot s set s.bookedRequestId = null where s.id = :slotId and s.bookedRequestId = :requestId")
    int free(@Param("slotId") long slotId, @Param("requestId") long requestId);

    /** Removes a slot nobody has booked: 1 if removed, 0 if it was booked meanwhile. */
    @Modifying(flushAutomatically = true)
    @Query("delete from Slot s where s.id = :slotId and s.bookedRequestId is null")
    int deleteIfFree(@Param("slotId") long slotId);
}

interface HelpRequestRepository extends JpaRepository<HelpRequest, Long> {
    Optional<HelpRequest> findByManageTokenHash(String manageTokenHash);

    boolean existsByReference(String reference);

    List<HelpRequest> findByAccountIdOrderByCreatedAtDesc(long accountId);

    List<HelpRequest> findByReferredByOrgOrderByCreatedAtDesc(long organisationId);

    List<HelpRequest> findByStatusInOrderByCreatedAtAscIdAsc(Collection<RequestStatus> statuses);

    List<HelpRequest> findByIdIn(Collection<Long> ids);
}
