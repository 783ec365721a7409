package org.childmaintenance.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundMailRepository extends JpaRepository<OutboundMail, Long> {
    List<OutboundMail> findAllByOrderByCreatedAtDescIdDesc(Pageable page);
}
