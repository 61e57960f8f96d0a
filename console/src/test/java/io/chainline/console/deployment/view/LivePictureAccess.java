package io.chainline.console.deployment.view;

import io.chainline.console.deployment.service.LiveStatus;
import java.util.Map;

/** Lets the service-package test reach the view's package-private picture colouring. */
public final class LivePictureAccess {

    private LivePictureAccess() {}

    public static String colour(String svg, Map<String, LiveStatus.State> states) {
        return LivePicture.colour(svg, states);
    }
}
