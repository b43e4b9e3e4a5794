package org.drs.agent.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.drs.registration.ComponentRegistration;

/** Finds the handler of a component's kind among every {@link ComponentHandler} deployed. */
@ApplicationScoped
class ComponentHandlers {

  @Inject private Instance<ComponentHandler> handlers;

  ComponentHandler of(ComponentRegistration component) {
    return handlers.stream()
        .filter(handler -> handler.kind() == component.kind())
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException("No handler for components of kind " + component.kind()));
  }
}
