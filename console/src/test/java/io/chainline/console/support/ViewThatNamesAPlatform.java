package io.chainline.console.support;

import io.chainline.connector.fake.FakePlatform;

/** A deliberately wrong console class, only here to prove that the platform rule rejects it (ArchitectureTest). */
public class ViewThatNamesAPlatform {

    public String label() {
        return new FakePlatform().label();
    }
}
