package io.chainline.console.alarm.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AlarmNoteRepository extends JpaRepository<AlarmNote, UUID> {

    List<AlarmNote> findByAlarmIdOrderByWrittenAtAsc(UUID alarmId);
}
