package org.childmaintenance.notices;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationSettingsRepository extends JpaRepository<NotificationSettings, Long> {
}
