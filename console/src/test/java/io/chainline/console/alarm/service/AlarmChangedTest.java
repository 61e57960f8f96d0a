package io.chainline.console.alarm.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AlarmChangedTest {

    /** The event publication registry stores the event as JSON and resubmits what it reads back: the id survives. */
    @Test
    void theEventKeepsItsIdThroughJson() {
        JsonMapper json = JsonMapper.builder().build();
        AlarmChanged event = new AlarmChanged(UUID.randomUUID(), AlarmChanged.Change.CLEARED);
        AlarmChanged read = json.readValue(json.writeValueAsString(event), AlarmChanged.class);
        assertThat(read).isEqualTo(event);
        assertThat(read.eventId()).isNotNull();
        assertThat(new AlarmChanged(event.alarmId(), event.change()).eventId()).isNotEqualTo(event.eventId());
    }
}
