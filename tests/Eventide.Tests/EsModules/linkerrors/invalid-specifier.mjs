import "@bad";
