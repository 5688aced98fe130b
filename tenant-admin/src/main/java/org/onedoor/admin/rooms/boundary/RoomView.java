package org.onedoor.admin.rooms.boundary;

import java.util.List;
import java.util.UUID;
import org.onedoor.admin.rooms.entity.MediationRoom;

public record RoomView(
        UUID id, String name, String type, String location, boolean open, List<String> mediators, long version) {

    public static RoomView of(MediationRoom room) {
        return new RoomView(
                room.id(),
                room.name(),
                room.type().name(),
                room.location(),
                room.isOpen(),
                room.mediators().stream().sorted().toList(),
                room.version());
    }
}
