package com.factline.collab;

import com.factline.base.CurrentUser;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Avatars of everyone in the project, with where they are on hover. A view adds one and says
 * where the user is; it updates live as people come and go.
 */
public class PresenceBar extends HorizontalLayout {

    private final AvatarGroup avatars = new AvatarGroup();
    private final Span label = new Span();
    private final String key = UUID.randomUUID().toString();

    public PresenceBar(PresenceService presence, ChangeBus bus, long projectId, String where) {
        setAlignItems(Alignment.CENTER);
        setSpacing(false);
        label.addClassName("fl-muted");
        avatars.setMaxItemsVisible(6);
        add(label, avatars);
        setId("presence");
        var me = CurrentUser.require();
        addAttachListener(e -> {
            presence.enter(key, projectId, me.username(), me.displayName(), where);
            refresh(presence, projectId);
        });
        addDetachListener(e -> presence.leave(key));
        bus.bind(this, projectId, notice -> {
            if (notice.entityType().equals("presence")) {
                refresh(presence, projectId);
            }
        });
    }

    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (!part.isEmpty() && b.length() < 2) {
                b.appendCodePoint(part.codePointAt(0));
            }
        }
        return b.toString().toUpperCase();
    }

    private void refresh(PresenceService presence, long projectId) {
        Map<String, StringBuilder> byUser = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (var p : presence.in(projectId)) {
            byUser.computeIfAbsent(p.username(), k -> new StringBuilder()).append(byUser.get(p.username()).isEmpty() ? "" : ", ").append(p.where());
            names.put(p.username(), p.displayName());
        }
        avatars.setItems(names.entrySet().stream()
                .map(en -> {
                    var item = new AvatarGroup.AvatarGroupItem(en.getValue() + " \u2014 " + byUser.get(en.getKey()));
                    item.setAbbreviation(initials(en.getValue()));
                    return item;
                })
                .toList());
        label.setText(names.size() <= 1 ? "" : "Here now: ");
    }
}
