document.documentElement.dataset.delistAssistant = 'ready';
